package org.maillage.project;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small line chart of an indicator drawn as SVG by the page (a 300 × 100 box): the
 * measurements as points, the baseline and the target as horizontal lines. The page puts
 * the same figures in a table beside it.
 */
public record IndicatorChart(IndicatorTrack track, List<Point> points, String polyline, double baselineY,
		double targetY) {

	public static final int WIDTH = 300;

	public static final int HEIGHT = 100;

	public record Point(double x, double y, Measurement measurement) {

	}

	static IndicatorChart of(IndicatorTrack track) {
		Indicator indicator = track.indicator();
		List<Measurement> measurements = track.measurements();
		double low = Math.min(indicator.baseline(), indicator.target());
		double high = Math.max(indicator.baseline(), indicator.target());
		for (Measurement m : measurements) {
			low = Math.min(low, m.value());
			high = Math.max(high, m.value());
		}
		double range = high == low ? 1 : high - low;
		List<Point> points = new ArrayList<>();
		if (!measurements.isEmpty()) {
			var first = measurements.getFirst().measuredOn();
			long days = Math.max(1, ChronoUnit.DAYS.between(first, measurements.getLast().measuredOn()));
			for (Measurement m : measurements) {
				double x = measurements.size() == 1 ? WIDTH / 2.0
						: 10 + ChronoUnit.DAYS.between(first, m.measuredOn()) / (double) days * (WIDTH - 20);
				points.add(new Point(round(x), y(m.value(), low, range), m));
			}
		}
		String polyline = points.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
		return new IndicatorChart(track, points, polyline, y(indicator.baseline(), low, range),
				y(indicator.target(), low, range));
	}

	private static double y(double value, double low, double range) {
		return round(HEIGHT - 10 - (value - low) / range * (HEIGHT - 20));
	}

	private static double round(double value) {
		return Math.round(value * 10) / 10.0;
	}

}

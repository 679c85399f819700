package org.maillage.project;

import java.util.List;

/** An indicator with its measurements in date order. */
public record IndicatorTrack(Indicator indicator, List<Measurement> measurements) {

	public Double latest() {
		return measurements.isEmpty() ? null : measurements.getLast().value();
	}

	public int percentOfTarget() {
		return indicator.percentOfTarget(latest());
	}

}

package org.maillage.directory.internal.map;

/**
 * The grid the map clusters on. Each indexed organisation carries, for a few zoom levels,
 * the id of the grid cell it falls in; a terms aggregation on that field then counts
 * organisations per cell for the whole filtered result, in the index, whatever the number
 * of organisations. A cell is a quarter of a web-map tile wide at its zoom level (about
 * 64 pixels on screen).
 */
public final class GeoCells {

	/**
	 * Zoom levels that have a cell field; a request uses the deepest one not deeper than
	 * its zoom.
	 */
	static final int[] LEVELS = { 3, 5, 7, 9, 11, 13 };

	/** From this zoom on, organisations are shown one by one. */
	static final int POINTS_FROM_ZOOM = 14;

	private GeoCells() {
	}

	static String field(int level) {
		return "geocell_" + level;
	}

	static int levelFor(int zoom) {
		int chosen = LEVELS[0];
		for (int level : LEVELS) {
			if (level <= zoom) {
				chosen = level;
			}
		}
		return chosen;
	}

	static double size(int level) {
		return 360.0 / (1L << (level + 2));
	}

	static String cell(int level, double latitude, double longitude) {
		double size = size(level);
		long x = (long) Math.floor((longitude + 180.0) / size);
		long y = (long) Math.floor((latitude + 90.0) / size);
		return x + "_" + y;
	}

	/** The centre of a cell, as {latitude, longitude}. */
	static double[] centre(int level, String cell) {
		double size = size(level);
		int separator = cell.indexOf('_');
		long x = Long.parseLong(cell.substring(0, separator));
		long y = Long.parseLong(cell.substring(separator + 1));
		return new double[] { (y + 0.5) * size - 90.0, (x + 0.5) * size - 180.0 };
	}

}

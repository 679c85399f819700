package org.maillage.common;

import java.time.ZoneId;

/**
 * Maillage's networks live in French time: dates are stored as instants and shown in
 * Paris time.
 */
public final class FrenchTime {

	public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private FrenchTime() {
	}

}

package org.maillage.project;

/** An indicator as stored, sent with a conflict. */
public record IndicatorSnapshot(long id, String name, String unit, double baseline, double target, long version) {

	static IndicatorSnapshot of(Indicator i) {
		return new IndicatorSnapshot(i.id(), i.name(), i.unit(), i.baseline(), i.target(), i.version());
	}

}

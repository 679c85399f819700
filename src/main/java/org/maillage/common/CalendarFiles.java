package org.maillage.common;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;

/**
 * The one iCalendar writer (RFC 5545, ical4j): timed entries in Europe/Paris with the
 * VTIMEZONE included, so every calendar application shows the French wall-clock time;
 * all-day entries for due dates.
 */
public final class CalendarFiles {

	/** Media type of an iCalendar file. */
	public static final String MEDIA_TYPE = "text/calendar;charset=UTF-8";

	private CalendarFiles() {
	}

	/**
	 * One entry of a calendar. Timed when {@code start} is set, all-day on {@code day}
	 * otherwise.
	 */
	public record Entry(String uid, String summary, String description, String location, URI url, ZonedDateTime start,
			ZonedDateTime end, LocalDate day) {

		public static Entry timed(String uid, String summary, ZonedDateTime start, ZonedDateTime end) {
			return new Entry(uid, summary, null, null, null, start, end, null);
		}

		public static Entry allDay(String uid, String summary, LocalDate day) {
			return new Entry(uid, summary, null, null, null, null, null, day);
		}

		public Entry describedAs(String text) {
			return new Entry(this.uid, this.summary, text, this.location, this.url, this.start, this.end, this.day);
		}

		public Entry at(String place) {
			return new Entry(this.uid, this.summary, this.description, place, this.url, this.start, this.end, this.day);
		}

		public Entry linkedTo(URI link) {
			return new Entry(this.uid, this.summary, this.description, this.location, link, this.start, this.end,
					this.day);
		}

	}

	/** Writes a calendar named {@code name} holding the entries. */
	public static String write(String name, List<Entry> entries) {
		var zone = TimeZoneRegistryFactory.getInstance().createRegistry().getTimeZone(FrenchTime.ZONE.getId());
		var calendar = new Calendar();
		calendar.add(new ProdId("-//Maillage//Maillage 1.0//FR"));
		calendar.add(ImmutableVersion.VERSION_2_0);
		calendar.add(ImmutableCalScale.GREGORIAN);
		calendar.add(ImmutableMethod.PUBLISH);
		calendar.add(new XProperty("X-WR-CALNAME", name));
		calendar.add(new XProperty("X-WR-TIMEZONE", FrenchTime.ZONE.getId()));
		if (entries.stream().anyMatch((entry) -> entry.start() != null)) {
			calendar.add(zone.getVTimeZone());
		}
		var stamp = Instant.now();
		for (var entry : entries) {
			VEvent event;
			if (entry.start() != null) {
				var end = (entry.end() != null) ? entry.end() : entry.start().plusHours(1);
				event = new VEvent(entry.start().withZoneSameInstant(FrenchTime.ZONE),
						end.withZoneSameInstant(FrenchTime.ZONE), entry.summary());
			}
			else {
				event = new VEvent(entry.day(), entry.summary());
			}
			event.add(new Uid(entry.uid()));
			event.replace(new net.fortuna.ical4j.model.property.DtStamp(stamp));
			if (entry.description() != null) {
				event.add(new Description(entry.description()));
			}
			if (entry.location() != null) {
				event.add(new Location(entry.location()));
			}
			if (entry.url() != null) {
				event.add(new Url(entry.url()));
			}
			calendar.add(event);
		}
		var out = new StringWriter();
		try {
			new CalendarOutputter(false).output(calendar, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

}

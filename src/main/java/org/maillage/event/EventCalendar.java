package org.maillage.event;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.maillage.common.CalendarFiles;
import org.maillage.common.FrenchTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * An event as calendar entries: the .ics file (attached to confirmations, served on the
 * page and in the feeds) and the "add to Google Calendar" link.
 */
@Component
public class EventCalendar {

	private static final DateTimeFormatter GOOGLE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

	private final String baseUrl;

	EventCalendar(@Value("${maillage.base-url:http://localhost:8080}") String baseUrl) {
		this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
	}

	public String baseUrl() {
		return baseUrl;
	}

	public String pageUrl(Event event) {
		return baseUrl + "/agenda/" + event.id();
	}

	public CalendarFiles.Entry entry(Event event) {
		var entry = CalendarFiles.Entry
			.timed("event-" + event.id() + "@maillage", event.title(), event.startsAt().atZone(FrenchTime.ZONE),
					event.endsAt().atZone(FrenchTime.ZONE))
			.describedAs(pageUrl(event))
			.linkedTo(URI.create(pageUrl(event)));
		String place = place(event);
		return place == null ? entry : entry.at(place);
	}

	public String file(List<Event> events, String name) {
		return CalendarFiles.write(name, events.stream().map(this::entry).toList());
	}

	public String googleLink(Event event) {
		String dates = GOOGLE.format(event.startsAt().atOffset(ZoneOffset.UTC)) + "/"
				+ GOOGLE.format(event.endsAt().atOffset(ZoneOffset.UTC));
		String place = place(event);
		return "https://calendar.google.com/calendar/render?action=TEMPLATE&text=" + encode(event.title()) + "&dates="
				+ dates + "&details=" + encode(pageUrl(event)) + (place == null ? "" : "&location=" + encode(place));
	}

	private static String place(Event event) {
		if (event.address() != null) {
			return event.address();
		}
		return event.onlineUrl();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

}

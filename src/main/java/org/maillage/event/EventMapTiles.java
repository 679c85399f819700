package org.maillage.event;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The map tiles the event pages use: the same configuration as the other maps. */
@Component
class EventMapTiles {

	private final String url;

	private final String attribution;

	EventMapTiles(@Value("${maillage.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}") String url,
			@Value("${maillage.map.attribution:© contributeurs OpenStreetMap}") String attribution) {
		this.url = url;
		this.attribution = attribution;
	}

	void addTo(Model model) {
		model.addAttribute("tileUrl", url);
		model.addAttribute("tileAttribution", attribution);
	}

}

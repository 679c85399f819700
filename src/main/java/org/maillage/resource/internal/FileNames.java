package org.maillage.resource.internal;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Safe ASCII names for files and folders built from titles ("Coopérer…" → "cooperer…").
 */
public final class FileNames {

	private FileNames() {
	}

	public static String slug(String title) {
		String folded = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
		String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
		if (slug.length() > 60) {
			slug = slug.substring(0, 60).replaceAll("-$", "");
		}
		return slug.isEmpty() ? "ressource" : slug;
	}

}

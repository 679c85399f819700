package org.maillage.resource;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.maillage.account.CurrentUser;
import org.maillage.account.UserRef;
import org.maillage.directory.OrganisationHighlights;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * On an organisation's page: the tools it declared it uses and the resources published on
 * its behalf, as far as the viewer may see them.
 */
@Component
class ResourceHighlights implements OrganisationHighlights {

	private final ResourceRepository resources;

	private final ResourceUsageService usage;

	private final CurrentUser currentUser;

	private final MessageSource messages;

	ResourceHighlights(ResourceRepository resources, ResourceUsageService usage, CurrentUser currentUser,
			MessageSource messages) {
		this.resources = resources;
		this.usage = usage;
		this.currentUser = currentUser;
		this.messages = messages;
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Highlight> forOrganisation(long organisationId) {
		UserRef viewer = currentUser.get().orElse(null);
		Locale locale = LocaleContextHolder.getLocale();
		List<Item> items = new ArrayList<>();
		resources.findAllById(usage.usedByOrganisation(organisationId))
			.stream()
			.filter(r -> r.isPublished() && r.visibleTo(viewer))
			.forEach(r -> items.add(new Item(r.title(), "/ressources/" + r.id(),
					messages.getMessage("resource.highlight.used", null, locale))));
		resources.findPublishedByOrganisation(organisationId)
			.stream()
			.filter(r -> r.visibleTo(viewer))
			.forEach(r -> items.add(new Item(r.title(), "/ressources/" + r.id(),
					messages.getMessage("resource.kind." + r.kind(), null, locale))));
		if (items.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Highlight(messages.getMessage("resource.highlight.title", null, locale), 30, items));
	}

}

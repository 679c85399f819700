package org.maillage.directory;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.maillage.account.AccountDirectory;
import org.maillage.search.SearchAudience;
import org.maillage.search.SearchEntry;
import org.maillage.search.SearchSource;
import org.maillage.search.SearchType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * People as the global search sees them: a public profile for everyone, a members-only
 * one for signed-in members; a hidden profile is not searchable at all.
 */
@Component
@Transactional(readOnly = true)
class PersonSearchSource implements SearchSource {

	private final PersonProfileRepository profiles;

	private final AccountDirectory accounts;

	PersonSearchSource(PersonProfileRepository profiles, AccountDirectory accounts) {
		this.profiles = profiles;
		this.accounts = accounts;
	}

	@Override
	public SearchType type() {
		return SearchType.PERSON;
	}

	@Override
	public Optional<SearchEntry> entry(String id) {
		return OrganisationSearchSource.parse(id).flatMap(profiles::findById).flatMap(this::entryOf);
	}

	@Override
	public void forEach(Consumer<SearchEntry> consumer) {
		profiles.findAll().forEach(p -> entryOf(p).ifPresent(consumer));
	}

	private Optional<SearchEntry> entryOf(PersonProfile profile) {
		if (profile.visibility() == Visibility.HIDDEN) {
			return Optional.empty();
		}
		SearchAudience audience = profile.visibility() == Visibility.PUBLIC ? SearchAudience.EVERYONE
				: SearchAudience.MEMBERS;
		return accounts.findById(profile.userId())
			.map(user -> new SearchEntry(SearchType.PERSON, String.valueOf(profile.userId()), user.displayName(),
					profile.function(), profile.skills(), "/annuaire/personnes/" + profile.userId(), Set.of(), Set.of(),
					Map.of(), audience, null));
	}

}

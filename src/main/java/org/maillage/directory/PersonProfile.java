package org.maillage.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * What a person shows of themselves in the directory: function, skills, and to whom. The
 * name comes from the account. Without a saved profile a person is visible to members
 * only.
 */
@Entity
@Table(name = "directory_profile")
public class PersonProfile {

	@Id
	@Column(name = "user_id")
	private Long userId;

	private String function;

	private String skills;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Visibility visibility = Visibility.MEMBERS;

	@Version
	private long version;

	protected PersonProfile() {
	}

	PersonProfile(long userId) {
		this.userId = userId;
	}

	void update(String function, String skills, Visibility visibility) {
		this.function = function;
		this.skills = skills;
		this.visibility = visibility;
	}

	public boolean visibleTo(boolean loggedIn, boolean self) {
		return self || visibility == Visibility.PUBLIC || (visibility == Visibility.MEMBERS && loggedIn);
	}

	public long userId() {
		return userId;
	}

	public String function() {
		return function;
	}

	public String skills() {
		return skills;
	}

	public Visibility visibility() {
		return visibility;
	}

}

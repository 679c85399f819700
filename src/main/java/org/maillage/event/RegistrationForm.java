package org.maillage.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The registration form: the person registering, and the other members of a team. */
class RegistrationForm {

	public boolean team;

	@Size(max = 200, message = "{event.form.text.size}")
	public String teamName;

	public String territory;

	@NotBlank(message = "{event.registration.nameRequired}")
	@Size(max = 200, message = "{event.form.text.size}")
	public String name;

	@NotBlank(message = "{event.registration.emailInvalid}")
	@Email(message = "{event.registration.emailInvalid}")
	@Size(max = 254, message = "{event.registration.emailInvalid}")
	public String email;

	@NotNull(message = "{event.registration.roleRequired}")
	public ParticipantRole role;

	public boolean consent;

	@Valid
	public List<Member> members = new ArrayList<>();

	public Map<Long, String> answers = new HashMap<>();

	/** Another member of the team; a row left blank is ignored. */
	public static class Member {

		@Size(max = 200, message = "{event.form.text.size}")
		public String name;

		@Size(max = 254, message = "{event.registration.emailInvalid}")
		public String email;

		public ParticipantRole role;

		boolean isBlank() {
			return (name == null || name.isBlank()) && (email == null || email.isBlank());
		}

	}

	static RegistrationForm forEvent(Event event) {
		var form = new RegistrationForm();
		form.team = !event.mode().allowsIndividuals();
		for (int i = 1; i < event.teamMax(); i++) {
			form.members.add(new Member());
		}
		return form;
	}

	/** Pads the member rows back to the event's team size after a failed submission. */
	void padMembers(Event event) {
		while (members.size() < event.teamMax() - 1) {
			members.add(new Member());
		}
	}

	RegistrationRequest toRequest(String territoryId) {
		List<RegistrationRequest.Person> others = new ArrayList<>();
		if (team) {
			for (Member member : members) {
				if (member != null && !member.isBlank()) {
					others.add(new RegistrationRequest.Person(member.name == null ? "" : member.name,
							member.email == null ? "" : member.email, member.role, false));
				}
			}
		}
		return new RegistrationRequest(team, teamName, territoryId,
				new RegistrationRequest.Person(name, email, role, consent), others, answers);
	}

}

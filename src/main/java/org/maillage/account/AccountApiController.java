package org.maillage.account;

import java.util.Set;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/me}: who the personal access token belongs to. */
@RestController
class AccountApiController {

	record Me(long id, String email, String displayName, Set<Role> roles) {
	}

	private final CurrentUser currentUser;

	AccountApiController(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@GetMapping("/api/v1/me")
	Me me() {
		var user = currentUser.require();
		return new Me(user.id(), user.email(), user.displayName(), user.roles());
	}

}

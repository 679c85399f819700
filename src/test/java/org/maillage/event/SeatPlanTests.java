package org.maillage.event;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The seat rules, without a database. */
class SeatPlanTests {

	@Test
	void a_team_needs_all_its_seats() {
		var plan = new SeatPlan(15, 0, 0, 13);
		assertThat(plan.fits(2, false)).isTrue();
		assertThat(plan.fits(3, false)).isFalse();
		assertThat(plan.with(2, false).free()).isZero();
	}

	@Test
	void reserved_seats_are_only_for_their_group() {
		// 15 seats, 5 for elected officials: others may take 10
		var plan = new SeatPlan(15, 5, 0, 10);
		assertThat(plan.fits(1, false)).isFalse();
		assertThat(plan.fits(5, true)).isTrue();
		assertThat(plan.fits(6, true)).isFalse();
	}

	@Test
	void the_group_may_also_use_open_seats_which_then_are_gone_for_others() {
		var plan = new SeatPlan(15, 5, 7, 0);
		// the group took its 5 reserved seats and 2 open ones: 8 open seats are left
		assertThat(plan.fits(8, false)).isTrue();
		assertThat(plan.fits(9, false)).isFalse();
	}

	@Test
	void a_lowered_capacity_shows_as_over_capacity_and_admits_nobody() {
		var plan = new SeatPlan(10, 0, 0, 12);
		assertThat(plan.overCapacity()).isTrue();
		assertThat(plan.free()).isZero();
		assertThat(plan.fits(1, false)).isFalse();
		assertThat(plan.percent()).isEqualTo(120);
	}

	@Test
	void occupancy_alerts_are_raised_once_per_threshold() {
		var event = new Event();
		assertThat(event.alertFor(40)).isZero();
		assertThat(event.alertFor(55)).isEqualTo(50);
		assertThat(event.alertFor(60)).isZero();
		assertThat(event.alertFor(100)).isEqualTo(100);
		assertThat(event.alertFor(100)).isZero();
	}

}

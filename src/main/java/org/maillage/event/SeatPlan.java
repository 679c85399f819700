package org.maillage.event;

/**
 * The seats of an event at one moment: its capacity, the seats reserved for a group
 * (elected officials, a territory...) and the confirmed seats inside and outside that
 * group. The group may use its reserved seats and the open ones; everyone else only the
 * open ones (capacity minus reserved, minus what the group took beyond its reservation).
 */
public record SeatPlan(int capacity, int reserved, int groupSeats, int otherSeats) {

	public int taken() {
		return groupSeats + otherSeats;
	}

	public int free() {
		return Math.max(0, capacity - taken());
	}

	public boolean overCapacity() {
		return taken() > capacity;
	}

	/** Whether a registration of that many seats can be confirmed now. */
	public boolean fits(int seats, boolean inGroup) {
		if (inGroup) {
			return taken() + seats <= capacity;
		}
		int open = capacity - reserved;
		return otherSeats + Math.max(0, groupSeats - reserved) + seats <= open;
	}

	/** The plan once a registration of that many seats is confirmed. */
	public SeatPlan with(int seats, boolean inGroup) {
		return inGroup ? new SeatPlan(capacity, reserved, groupSeats + seats, otherSeats)
				: new SeatPlan(capacity, reserved, groupSeats, otherSeats + seats);
	}

	/** Occupancy in percent of the capacity. */
	public int percent() {
		return capacity == 0 ? 100 : taken() * 100 / capacity;
	}

}

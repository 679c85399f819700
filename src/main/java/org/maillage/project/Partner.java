package org.maillage.project;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.maillage.common.DomainException;

/**
 * A directory organisation invited into a project with a role. It counts as a partner
 * (its members may edit) only once one of its admins has accepted.
 */
@Entity
@Table(name = "project_partner")
public class Partner {

	/** Length of the contact person's name, as the column holds it. */
	static final int CONTACT_MAX = 200;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "organisation_id", nullable = false)
	private Long organisationId;

	@Column(name = "organisation_name", nullable = false)
	private String organisationName;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PartnerRole role;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private PartnerStatus status;

	@Column(name = "contact_user_id")
	private Long contactUserId;

	@Column(name = "contact_name")
	private String contactName;

	@Column(name = "invited_at", nullable = false)
	private Instant invitedAt;

	@Column(name = "answered_at")
	private Instant answeredAt;

	protected Partner() {
	}

	Partner(long organisationId, String organisationName, PartnerRole role, Instant now) {
		this.organisationId = organisationId;
		this.organisationName = organisationName;
		this.role = role;
		this.status = PartnerStatus.INVITED;
		this.invitedAt = now;
	}

	/** The lead organisation is a partner from the start. */
	static Partner pilot(long organisationId, String organisationName, Instant now) {
		Partner partner = new Partner(organisationId, organisationName, PartnerRole.PILOT, now);
		partner.status = PartnerStatus.ACCEPTED;
		partner.answeredAt = now;
		return partner;
	}

	void answer(boolean accepted, Instant now) {
		if (status != PartnerStatus.INVITED) {
			throw new DomainException("project.invitation.answered");
		}
		this.status = accepted ? PartnerStatus.ACCEPTED : PartnerStatus.DECLINED;
		this.answeredAt = now;
	}

	/** Invited again after declining. */
	void reinvite(PartnerRole role, Instant now) {
		this.role = role;
		this.status = PartnerStatus.INVITED;
		this.invitedAt = now;
		this.answeredAt = null;
	}

	void changeRole(PartnerRole role) {
		this.role = role;
	}

	void changeContact(Long userId, String name) {
		this.contactUserId = userId;
		this.contactName = name;
	}

	public boolean accepted() {
		return status == PartnerStatus.ACCEPTED;
	}

	public boolean invited() {
		return status == PartnerStatus.INVITED;
	}

	public Long id() {
		return id;
	}

	public long organisationId() {
		return organisationId;
	}

	public String organisationName() {
		return organisationName;
	}

	public PartnerRole role() {
		return role;
	}

	public PartnerStatus status() {
		return status;
	}

	public Long contactUserId() {
		return contactUserId;
	}

	public String contactName() {
		return contactName;
	}

	public Instant invitedAt() {
		return invitedAt;
	}

	public Instant answeredAt() {
		return answeredAt;
	}

}

package org.maillage.territory.internal;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/**
 * One link of the hierarchy's closure table: {@code territoryId} lies inside
 * {@code ancestorId}.
 */
@Entity
@Immutable
@Table(name = "territory_ancestor")
@IdClass(TerritoryAncestor.Key.class)
public class TerritoryAncestor {

	@Id
	@Column(name = "territory_id")
	private String territoryId;

	@Id
	@Column(name = "ancestor_id")
	private String ancestorId;

	protected TerritoryAncestor() {
	}

	public record Key(String territoryId, String ancestorId) implements Serializable {
	}

}

package org.maillage.directory.internal;

import java.util.Set;
import java.util.TreeSet;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.maillage.directory.Organisation;
import org.maillage.territory.TerritoryService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Indexes {@code actsInExpanded}: every territory containing one where the organisation
 * acts (a Pélussin association also acts in the Loire and in Auvergne-Rhône-Alpes), so
 * that filtering on a large territory finds the organisations acting in smaller ones
 * inside it. The territory service is looked up lazily: the binder is created while the
 * persistence unit itself starts.
 */
@Component
public class ActsInBinder implements TypeBinder {

	public static final String FIELD = "actsInExpanded";

	private final ObjectProvider<TerritoryService> territories;

	ActsInBinder(ObjectProvider<TerritoryService> territories) {
		this.territories = territories;
	}

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("territoryIds").use("communeId");
		IndexFieldReference<String> field = context.indexSchemaElement()
			.field(FIELD, f -> f.asString())
			.multiValued()
			.toReference();
		context.bridge(Organisation.class, new Bridge(field, territories));
	}

	private record Bridge(IndexFieldReference<String> field,
			ObjectProvider<TerritoryService> territories) implements TypeBridge<Organisation> {

		@Override
		public void write(DocumentElement target, Organisation organisation, TypeBridgeWriteContext context) {
			TerritoryService service = territories.getIfAvailable();
			Set<String> actsIn = organisation.getActsIn();
			Set<String> expanded = new TreeSet<>(service == null ? actsIn : service.containingAll(actsIn));
			expanded.forEach(id -> target.addValue(field, id));
		}

	}

}

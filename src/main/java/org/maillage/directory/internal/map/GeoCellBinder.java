package org.maillage.directory.internal.map;

import java.util.ArrayList;
import java.util.List;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.maillage.directory.Organisation;

/**
 * Indexes, for each clustering level of {@link GeoCells}, the grid cell an organisation
 * lies in (fields {@code geocell_<level>}), so the map counts organisations per cell in
 * the index.
 */
public class GeoCellBinder implements TypeBinder {

	@Override
	public void bind(TypeBindingContext context) {
		context.dependencies().use("latitude").use("longitude");
		var field = context.typeFactory().asString().aggregable(Aggregable.YES).toIndexFieldType();
		List<IndexFieldReference<String>> fields = new ArrayList<>();
		for (int level : GeoCells.LEVELS) {
			fields.add(context.indexSchemaElement().field(GeoCells.field(level), field).toReference());
		}
		context.bridge(Organisation.class, new Bridge(fields));
	}

	private record Bridge(List<IndexFieldReference<String>> fields) implements TypeBridge<Organisation> {

		@Override
		public void write(DocumentElement target, Organisation organisation, TypeBridgeWriteContext context) {
			if (organisation.latitude() == null || organisation.longitude() == null) {
				return;
			}
			for (int i = 0; i < GeoCells.LEVELS.length; i++) {
				target.addValue(fields.get(i),
						GeoCells.cell(GeoCells.LEVELS[i], organisation.latitude(), organisation.longitude()));
			}
		}

	}

}

package org.maillage.resource;

/** Under which terms a resource may be reused. */
public enum Licence {

	CC_BY, CC_BY_SA, CC_BY_NC, LICENCE_OUVERTE, ALL_RIGHTS_RESERVED

}

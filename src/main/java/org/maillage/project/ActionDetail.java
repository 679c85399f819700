package org.maillage.project;

import java.util.List;

/** One action with its history of updates and the action it depends on. */
public record ActionDetail(OpenProject open, Action action, List<ActionUpdate> updates, Action dependsOn) {

}

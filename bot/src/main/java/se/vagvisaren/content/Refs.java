package se.vagvisaren.content;

import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.Node;

/** Places in the content that name something defined elsewhere, checked once everything is read. */
final class Refs {
  enum Kind { CONTACT, INTENT }

  record Ref(Kind kind, String id, String file, Node at, boolean inCard) {}

  /** A training phrase and where it stands, for the duplicate check across intents. */
  record Example(String intent, String text, String file, Node at) {}

  final List<Ref> refs = new ArrayList<>();
  final List<Example> examples = new ArrayList<>();
  /** Where each intent's file and each node's say text stand, for later checks. */
  final java.util.Map<String, String> intentFiles = new java.util.HashMap<>();
  final java.util.Map<String, Node> intentRoots = new java.util.HashMap<>();
}

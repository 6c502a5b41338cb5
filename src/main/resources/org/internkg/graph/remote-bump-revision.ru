# After every write through InternKG: the revision triple moves on, so every replica's caches see the change.
DELETE { <urn:internkg:store> <urn:internkg:revision> ?old ; <urn:internkg:modified> ?oldModified }
INSERT { <urn:internkg:store> <urn:internkg:revision> ?next ; <urn:internkg:modified> ?now }
WHERE {
  OPTIONAL { <urn:internkg:store> <urn:internkg:revision> ?old }
  OPTIONAL { <urn:internkg:store> <urn:internkg:modified> ?oldModified }
  BIND(COALESCE(?old + 1, 2) AS ?next)
  BIND(NOW() AS ?now)
}

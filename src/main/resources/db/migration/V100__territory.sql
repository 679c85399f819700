-- The official French territories (COG), loaded at start-up from the bundled file.
CREATE TABLE territory
(
    id               VARCHAR(20)  NOT NULL PRIMARY KEY,
    level            VARCHAR(12)  NOT NULL,
    code             VARCHAR(12)  NOT NULL,
    name             VARCHAR(200) NOT NULL,
    search_name      VARCHAR(200) NOT NULL,
    departement_code VARCHAR(3),
    region_code      VARCHAR(3),
    epci_code        VARCHAR(9),
    population       INT,
    postal_codes     VARCHAR(400),
    latitude         DOUBLE PRECISION,
    longitude        DOUBLE PRECISION
);
CREATE INDEX territory_search_name_idx ON territory (search_name);
CREATE INDEX territory_code_idx ON territory (code);

-- Closure table: every (territory, one of its ancestors) pair, for "inside X" and "containing X".
CREATE TABLE territory_ancestor
(
    territory_id VARCHAR(20) NOT NULL,
    ancestor_id  VARCHAR(20) NOT NULL,
    PRIMARY KEY (territory_id, ancestor_id)
);
CREATE INDEX territory_ancestor_by_ancestor_idx ON territory_ancestor (ancestor_id);

CREATE TABLE territory_dataset
(
    version   VARCHAR(40)              NOT NULL PRIMARY KEY,
    loaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Orleans cluster membership (see Cluster/PostgresMembershipTable): one row per silo incarnation
-- (address, port, generation) and one version row per cluster id, which every change moves on by
-- one under optimistic concurrency, as Orleans' membership protocol requires.
CREATE TABLE platform.cluster_versions (
    cluster_id text PRIMARY KEY,
    version integer NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE platform.cluster_silos (
    cluster_id text NOT NULL REFERENCES platform.cluster_versions (cluster_id) ON DELETE CASCADE,
    address text NOT NULL,
    port integer NOT NULL,
    generation integer NOT NULL,
    silo_name text NOT NULL,
    host_name text NOT NULL,
    status integer NOT NULL,
    proxy_port integer NOT NULL,
    suspect_times text NOT NULL DEFAULT '',
    start_time timestamptz NOT NULL,
    i_am_alive_time timestamptz NOT NULL,
    etag integer NOT NULL,
    PRIMARY KEY (cluster_id, address, port, generation)
);

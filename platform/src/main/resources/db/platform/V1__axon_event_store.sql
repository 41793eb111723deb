-- Axon Framework 4 JDBC storage, PostgreSQL. Column names are Axon's defaults (EventSchema, TokenSchema,
-- DeadLetterSchema); payloads are bytea (never oid large objects). The global index has its own sequence,
-- cache 1, used by this table only, so tracking processors see gaps only from rolled-back transactions.

CREATE SEQUENCE domain_event_global_index_seq AS BIGINT START WITH 1 INCREMENT BY 1 CACHE 1;

CREATE TABLE DomainEventEntry (
    globalIndex         BIGINT       NOT NULL DEFAULT nextval('domain_event_global_index_seq'),
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    eventIdentifier     VARCHAR(255) NOT NULL,
    metaData            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadRevision     VARCHAR(255),
    payloadType         VARCHAR(255) NOT NULL,
    timeStamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (globalIndex),
    UNIQUE (aggregateIdentifier, sequenceNumber),
    UNIQUE (eventIdentifier)
);

ALTER SEQUENCE domain_event_global_index_seq OWNED BY DomainEventEntry.globalIndex;

CREATE TABLE SnapshotEventEntry (
    aggregateIdentifier VARCHAR(255) NOT NULL,
    sequenceNumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventIdentifier     VARCHAR(255) NOT NULL,
    metaData            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadRevision     VARCHAR(255),
    payloadType         VARCHAR(255) NOT NULL,
    timeStamp           VARCHAR(255) NOT NULL,
    PRIMARY KEY (aggregateIdentifier, sequenceNumber),
    UNIQUE (eventIdentifier)
);

CREATE TABLE TokenEntry (
    processorName VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA        NULL,
    tokenType     VARCHAR(255) NULL,
    timestamp     VARCHAR(255) NULL,
    owner         VARCHAR(255) NULL,
    PRIMARY KEY (processorName, segment)
);

-- Events a projection could not handle wait here (per sequence, in order) instead of being skipped.
CREATE TABLE DeadLetterEntry (
    deadLetterIdentifier VARCHAR(255) NOT NULL,
    processingGroup      VARCHAR(255) NOT NULL,
    sequenceIdentifier   VARCHAR(255) NOT NULL,
    sequenceIndex        BIGINT       NOT NULL,
    messageType          VARCHAR(255) NOT NULL,
    eventIdentifier      VARCHAR(255) NOT NULL,
    timestamp            VARCHAR(255) NOT NULL,
    payloadType          VARCHAR(255) NOT NULL,
    payloadRevision      VARCHAR(255),
    payload              BYTEA        NOT NULL,
    metaData             BYTEA,
    type                 VARCHAR(255),
    aggregateIdentifier  VARCHAR(255),
    sequenceNumber       BIGINT,
    tokenType            VARCHAR(255),
    token                BYTEA,
    enqueuedAt           VARCHAR(255) NOT NULL,
    lastTouched          VARCHAR(255),
    processingStarted    VARCHAR(255),
    causeType            VARCHAR(255),
    causeMessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT PK PRIMARY KEY (deadLetterIdentifier),
    CONSTRAINT sequenceIndex_INDEX UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);
CREATE INDEX processingGroup_INDEX ON DeadLetterEntry (processingGroup);
CREATE INDEX sequenceIdentifier_INDEX ON DeadLetterEntry (processingGroup, sequenceIdentifier);

/*
 * Claimline containers, as built today, in Structurizr DSL.
 * Elements tagged "Planned" are part of the design but do not run yet.
 * Render with Structurizr Lite or the Structurizr CLI; docs/architecture/README.md carries the same view in Mermaid.
 */
workspace "Claimline" "Open-source revenue-cycle (medical billing) platform for clinics." {

    model {
        clinicSystems = person "Clinic systems" "A clinic's EHR, scheduling and practice-management systems. They push patients and read state through the REST API, with a client-credentials token bound to one clinic." "External"
        billingStaff = person "Billing staff" "Front desk, billers, providers, collections staff and managers of one clinic. They sign in with a user token (authorization code + PKCE)."
        operators = person "Operators" "Run the platform: health, metrics, consumer and processor lag, dead letters, backups."
        auditors = person "Auditors" "Read the full, replayable history of a claim or an account (planned API)."

        claimline = softwareSystem "Claimline" "Turns the services a clinic renders into money collected." {

            gateway = container "Gateway" "The one entry point. Routes /api/** to the services, validates bearer tokens, limits request size, and sets request and correlation ids. For the local stack it also hosts the built-in authorization server (Spring Authorization Server) with seeded users and clients." "Spring Boot 3.5, Spring Cloud Gateway Server WebMVC, Spring Authorization Server" "Gateway"

            patientService = container "patient-service" "The patient registry: registers patients, corrects demographics, erases PHI. PHI is sealed under per-patient keys; the only holder of those keys, it is the PHI vault (open/seal for other services) with the hash-chained PHI access record. Event-sourced Patient aggregate." "Spring Boot 3.5, Axon Framework 4.13" "Service"
            billingService = container "billing-service" "Patient accounts (the ledger). Opens a PatientAccount for each registered patient. Event-sourced PatientAccount aggregate." "Spring Boot 3.5, Axon Framework 4.13" "Service"
            claimsService = container "claims-service" "Claims. Today it keeps a local copy of each patient (rm_patient_copy, demographics sealed) and opens it through the PHI vault for claims." "Spring Boot 3.5, Axon Framework 4.13" "Service"
            collectionsService = container "collections-service" "Collections. Today it watches each registered patient (rm_watched_patient) for balances to come." "Spring Boot 3.5, Axon Framework 4.13" "Service"

            patientDb = container "claimline_patient" "Event store, token store, dead letters, inbox, idempotency keys, PHI data keys, PHI access record, rm_patient_summary." "PostgreSQL 17" "Database"
            billingDb = container "claimline_billing" "Event store, token store, dead letters, inbox, idempotency keys, rm_patient_account." "PostgreSQL 17" "Database"
            claimsDb = container "claimline_claims" "Inbox, rm_patient_copy (and the platform's Axon tables, unused so far)." "PostgreSQL 17" "Database"
            collectionsDb = container "claimline_collections" "Inbox, rm_watched_patient (and the platform's Axon tables, unused so far)." "PostgreSQL 17" "Database"

            kafka = container "Kafka" "Integration events between services: JSON envelope, key = aggregate id, headers event-id and type." "Apache Kafka 3.9 (KRaft)" "Queue" {
                patientEvents = component "patients.patient-events.v1" "PatientRegistered v1, PatientDemographicsChanged v1, PatientErased v1. 3 partitions by default." "Kafka topic" "Topic"
                billingDlt = component "patients.patient-events.v1.billing-service.dlt" "Records billing-service can never apply, with a dlt-reason header." "Kafka topic" "Topic"
                claimsDlt = component "patients.patient-events.v1.claims-service.dlt" "Records claims-service can never apply, with a dlt-reason header." "Kafka topic" "Topic"
                collectionsDlt = component "patients.patient-events.v1.collections-service.dlt" "Records collections-service can never apply, with a dlt-reason header." "Kafka topic" "Topic"
            }

            prometheus = container "Prometheus" "Scrapes /actuator/prometheus of every service and the gateway. Not deployed yet." "Prometheus" "Planned"
        }

        clinicSystems -> gateway "Calls the REST API; gets tokens (client credentials)" "HTTPS, JSON, OAuth2"
        billingStaff -> gateway "Signs in and uses the API (a web console is planned)" "HTTPS, OAuth2 authorization code + PKCE"
        auditors -> gateway "Reads histories (planned)" "HTTPS, JSON, OAuth2"
        operators -> prometheus "Watches metrics and alerts" "HTTPS"

        gateway -> patientService "Forwards /api/patients/**" "HTTP, JSON, bearer token passed on"
        gateway -> billingService "Forwards /api/billing/**" "HTTP, JSON, bearer token passed on"
        gateway -> claimsService "Forwards /api/claims/**" "HTTP, JSON, bearer token passed on"
        gateway -> collectionsService "Forwards /api/collections/**" "HTTP, JSON, bearer token passed on"

        patientService -> gateway "Fetches token signing keys (/oauth2/jwks)" "HTTP"
        billingService -> gateway "Fetches token signing keys (/oauth2/jwks)" "HTTP"
        claimsService -> gateway "Fetches token signing keys (/oauth2/jwks)" "HTTP"
        collectionsService -> gateway "Fetches token signing keys (/oauth2/jwks)" "HTTP"

        patientService -> patientDb "Appends and reads events; read model; keys" "JDBC"
        billingService -> billingDb "Appends and reads events; inbox; read model" "JDBC"
        claimsService -> claimsDb "Inbox; read model" "JDBC"
        claimsService -> patientService "Opens sealed PHI for claims (/internal/phi/open), as its own service identity with a purpose of use" "HTTP, JSON, client-credentials token"
        collectionsService -> collectionsDb "Inbox; read model" "JDBC"

        patientService -> patientEvents "Publishes (tracking processor patient-events-publisher, acks=all)" "Kafka, JSON"
        billingService -> patientEvents "Consumes PatientRegistered (group billing-service)" "Kafka, JSON"
        claimsService -> patientEvents "Consumes PatientRegistered, PatientDemographicsChanged (group claims-service)" "Kafka, JSON"
        collectionsService -> patientEvents "Consumes PatientRegistered (group collections-service)" "Kafka, JSON"
        billingService -> billingDlt "Dead-letters malformed records" "Kafka"
        claimsService -> claimsDlt "Dead-letters malformed records" "Kafka"
        collectionsService -> collectionsDlt "Dead-letters malformed records" "Kafka"

        prometheus -> gateway "Scrapes /actuator/prometheus" "HTTP"
        prometheus -> patientService "Scrapes /actuator/prometheus" "HTTP"
        prometheus -> billingService "Scrapes /actuator/prometheus" "HTTP"
        prometheus -> claimsService "Scrapes /actuator/prometheus" "HTTP"
        prometheus -> collectionsService "Scrapes /actuator/prometheus" "HTTP"
    }

    views {
        container claimline "Containers" "Claimline's containers and who uses them." {
            include *
            autoLayout lr
        }

        component kafka "Topics" "The Kafka topics and who writes and reads them." {
            include *
            autoLayout lr
        }

        styles {
            element "Person" {
                shape Person
            }
            element "Database" {
                shape Cylinder
            }
            element "Queue" {
                shape Pipe
            }
            element "Topic" {
                shape Pipe
            }
            element "Planned" {
                border Dashed
                opacity 60
            }
        }
    }
}

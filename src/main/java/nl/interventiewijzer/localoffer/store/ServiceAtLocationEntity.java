package nl.interventiewijzer.localoffer.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Stored HSDS rows for the directory queries (see {@link LocalOfferStore}); references are plain id columns. */
@Entity
@Table(name = "hsds_service_at_location")
public class ServiceAtLocationEntity extends PanacheEntityBase {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = 36)
    public String serviceId;
    @Column(nullable = false, length = 36)
    public String locationId;
}

package nl.interventiewijzer.localoffer.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/** Stored HSDS rows for the directory queries (see {@link LocalOfferStore}); references are plain id columns. */
@Entity
@Table(name = "hsds_service", indexes = @Index(columnList = "organizationId"))
public class ServiceEntity extends PanacheEntityBase {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = 36)
    public String organizationId;
    @Column(nullable = false, length = 500)
    public String name;
    @Column(length = 4000)
    public String description;
    @Column(nullable = false, length = 20)
    public String status;
    public Integer minimumAge;
    public Integer maximumAge;
}

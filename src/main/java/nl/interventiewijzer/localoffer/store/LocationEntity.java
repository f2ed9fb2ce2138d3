package nl.interventiewijzer.localoffer.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Stored HSDS rows for the directory queries (see {@link LocalOfferStore}); references are plain id columns. */
@Entity
@Table(name = "hsds_location")
public class LocationEntity extends PanacheEntityBase {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = 20)
    public String locationType;
    @Column(length = 500)
    public String name;
    @Column(length = 500)
    public String street;
    @Column(length = 200)
    public String city;
}

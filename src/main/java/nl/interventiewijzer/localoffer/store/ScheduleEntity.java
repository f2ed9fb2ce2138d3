package nl.interventiewijzer.localoffer.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Stored HSDS rows for the directory queries (see {@link LocalOfferStore}); references are plain id columns. */
@Entity
@Table(name = "hsds_schedule")
public class ScheduleEntity extends PanacheEntityBase {
    @Id
    @Column(length = 36)
    public String id;
    @Column(nullable = false, length = 36)
    public String serviceId;
    @Column(length = 10)
    public String freq;
    @Column(length = 100)
    public String byday;
    @Column(length = 20)
    public String opensAt;
    @Column(length = 20)
    public String closesAt;
    @Column(length = 1000)
    public String text;
}

package nl.interventiewijzer.catalogue.loading;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

/**
 * The stored form of a catalogue entry in the embedded database: key columns for inspection and queries, and the
 * validated entry itself as a JSON document. Persistence stays inside catalogue loading; nothing else sees this type.
 */
@Entity
@Table(name = "activity")
public class ActivityEntity extends PanacheEntityBase {

    @Id
    @Column(length = 120)
    public String id;

    @Column(nullable = false, length = 200)
    public String name;

    @Column(nullable = false, length = 20)
    public String kind;

    @Column(nullable = false, length = 20)
    public String evidence;

    @Column(name = "catalogue_version", nullable = false, length = 40)
    public String catalogueVersion;

    @Lob
    @Column(nullable = false)
    public String document;
}

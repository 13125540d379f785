package org.marsad.analysis.kb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.marsad.analysis.entity.NameEntry;
import org.marsad.analysis.entity.Role;
import org.marsad.article.EntityType;

/** One actor as the files define it so far: the first definition of an id, filled in by later ones. */
final class Draft {
    final String id;
    final EntityType type;
    final String where;
    String nameAr;
    String nameEn;
    String country;
    String subtype;
    String sector;
    final Set<String> aliases = new LinkedHashSet<>();
    final List<Role> roles = new ArrayList<>();
    final Set<String> nominals = new LinkedHashSet<>();
    final Set<String> websites = new LinkedHashSet<>();

    Draft(String id, EntityType type, String nameAr, String where) {
        this.id = id;
        this.type = type;
        this.nameAr = nameAr;
        this.where = where;
    }

    /** Takes the fields this draft lacks from {@code later}; adds its aliases, roles, nominal heads and websites. */
    void fillFrom(Draft later) {
        nameEn = nameEn != null ? nameEn : later.nameEn;
        country = country != null ? country : later.country;
        subtype = subtype != null ? subtype : later.subtype;
        sector = sector != null ? sector : later.sector;
        aliases.add(later.nameAr);
        aliases.addAll(later.aliases);
        aliases.remove(nameAr);
        for (Role r : later.roles) {
            if (!roles.contains(r)) {
                roles.add(r);
            }
        }
        nominals.addAll(later.nominals);
        websites.addAll(later.websites);
    }

    /** The canonical name and the aliases, canonical first. */
    List<String> names() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(nameAr);
        for (String a : aliases) {
            if (!a.equals(nameAr)) {
                names.add(a);
            }
        }
        return names;
    }

    NameEntry toEntry() {
        return new NameEntry(id, type, nameAr, nameEn, country, subtype, sector, roles);
    }
}

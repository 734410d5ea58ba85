package city.gridline.dispatch.catalogue.adapter.mongo;

import city.gridline.contracts.TimeLimit;
import city.gridline.contracts.category.Category;
import city.gridline.contracts.category.CategoryKind;
import city.gridline.contracts.category.EnforcementScope;
import city.gridline.contracts.category.ResponsibleUnit;
import org.springframework.data.annotation.Id;

/** A category in the {@code categories} collection, its limits written as {@code 6H} or {@code 3WD}. */
record CategoryDocument(@Id String code, CategoryKind kind, String majorCode, String majorName, String name,
                        String nameEn, String filingCondition, String closingCondition, String normalLimit,
                        String urgentLimit, int signLimitMinutes, ResponsibleUnit responsibleUnit,
                        EnforcementScope scope, String owningDepartment, boolean districtLevel) {

    static CategoryDocument of(Category c) {
        return new CategoryDocument(c.code(), c.kind(), c.majorCode(), c.majorName(), c.name(), c.nameEn(),
                c.filingCondition(), c.closingCondition(), c.normalLimit().text(), c.urgentLimit().text(),
                c.signLimitMinutes(), c.responsibleUnit(), c.scope(), c.owningDepartment(), c.districtLevel());
    }

    Category toCategory() {
        return new Category(code, kind, majorCode, majorName, name, nameEn, filingCondition, closingCondition,
                TimeLimit.parse(normalLimit), TimeLimit.parse(urgentLimit), signLimitMinutes, responsibleUnit, scope,
                owningDepartment, districtLevel);
    }
}

package org.expodesk.exhibitor;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.expodesk.shared.validation.Phone;

/** A person the company adds to its booth staff: name, mobile and what they do (销售经理, 翻译 …). */
public class StaffDraft {

    @NotBlank
    @Size(max = 60)
    private String name = "";

    @NotBlank
    @Phone
    @Size(max = 30)
    private String mobile = "";

    @NotBlank
    @Size(max = 60)
    private String role = "";

    public StaffDraft() {
    }

    public StaffDraft(String name, String mobile, String role) {
        this.name = name;
        this.mobile = mobile;
        this.role = role;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getMobile() { return mobile; }
    public void setMobile(String mobile) { this.mobile = mobile; }
    public String getRole() { return role; }
    public void setRole(String role) { this.role = role; }
}

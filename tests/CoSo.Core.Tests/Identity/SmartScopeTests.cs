using CoSo.Core.Identity;

namespace CoSo.Core.Tests.Identity;

// SMART App Launch 2.x §3.3 (scopes for system clients): v1 ".read"/".write"/".*", v2 letters c r u d s in that order.
public sealed class SmartScopeTests
{
    [Theory]
    [InlineData("system/Patient.read", "Patient", false, true, false, false, true)]
    [InlineData("system/*.read", "*", false, true, false, false, true)]
    [InlineData("system/Observation.write", "Observation", true, false, true, true, false)]
    [InlineData("system/Patient.*", "Patient", true, true, true, true, true)]
    [InlineData("system/Patient.rs", "Patient", false, true, false, false, true)]
    [InlineData("system/Encounter.r", "Encounter", false, true, false, false, false)]
    [InlineData("system/Patient.cruds", "Patient", true, true, true, true, true)]
    public void Valid_scopes_parse_to_their_interactions(string text, string type, bool c, bool r, bool u, bool d, bool s) =>
        Assert.Equal(new SmartScope(type, c, r, u, d, s), SmartScope.Parse(text));

    [Theory]
    [InlineData("patient/Patient.read")] // patient and user scopes are not for system clients
    [InlineData("user/*.read")]
    [InlineData("system/Patient")]
    [InlineData("system/Patient.")]
    [InlineData("system/patient.read")]
    [InlineData("system/Patient.sr")] // v2 letters out of order
    [InlineData("system/Patient.rr")]
    [InlineData("system/Patient.x")]
    [InlineData("system/Patient.rs?category=vital-signs")] // context parameters are not offered
    [InlineData("openid")]
    public void Other_strings_are_not_system_scopes(string text) => Assert.Null(SmartScope.Parse(text));

    [Fact]
    public void A_read_scope_allows_read_and_search_of_its_type_only_and_the_wildcard_of_every_type()
    {
        SmartScope[] patientRead = [SmartScope.Parse("system/Patient.read")!];
        Assert.True(SmartScope.Allows(patientRead, "Patient", SmartInteraction.Read));
        Assert.True(SmartScope.Allows(patientRead, "Patient", SmartInteraction.Search));
        Assert.False(SmartScope.Allows(patientRead, "Patient", SmartInteraction.Create));
        Assert.False(SmartScope.Allows(patientRead, "Observation", SmartInteraction.Read));

        SmartScope[] readOnly = [SmartScope.Parse("system/Encounter.r")!];
        Assert.False(SmartScope.Allows(readOnly, "Encounter", SmartInteraction.Search));

        SmartScope[] all = [SmartScope.Parse("system/*.read")!];
        Assert.True(SmartScope.Allows(all, "Immunization", SmartInteraction.Search));
        Assert.False(SmartScope.Allows(all, "Patient", SmartInteraction.Create));
    }
}

using CoSo.Core.Identity;
using CoSo.Core.Organisation;

namespace CoSo.Core.Tests.Identity;

public sealed class AccessScopeTests
{
    private static OrgUnit Unit(string name, OrgUnitKind kind, OrgUnit? parent)
    {
        var id = Guid.NewGuid();
        return new OrgUnit { Id = id, Name = name, Kind = kind, ParentId = parent?.Id, Path = (parent?.Path ?? "/") + id + "/" };
    }

    private readonly OrgUnit _nation;
    private readonly OrgUnit _province;
    private readonly OrgUnit _centre;
    private readonly OrgUnit _stationA;
    private readonly OrgUnit _stationB;
    private readonly OrgUnit _villageA;
    private readonly OrgUnit _stationC;
    private readonly OrgUnit[] _all;

    public AccessScopeTests()
    {
        _nation = Unit("VN", OrgUnitKind.Nation, null);
        _province = Unit("SYT", OrgUnitKind.ProvincialHealthDepartment, _nation);
        _centre = Unit("TTYT", OrgUnitKind.RegionalHealthCentre, _province);
        _stationA = Unit("A", OrgUnitKind.CommuneHealthStation, _centre);
        _stationB = Unit("B", OrgUnitKind.CommuneHealthStation, _centre);
        _villageA = Unit("A1", OrgUnitKind.Village, _stationA);
        _stationC = Unit("C", OrgUnitKind.CommuneHealthStation, _province); // directly under the department: depth is data
        _all = [_nation, _province, _centre, _stationA, _stationB, _villageA, _stationC];
    }

    [Fact]
    public void A_station_user_sees_the_station_and_its_villages_only()
    {
        var scope = AccessScope.FromUnits([_stationA], _all);
        Assert.True(scope.Allows(_stationA.Id));
        Assert.True(scope.Allows(_stationB.Id, _villageA.Id)); // a resident of village A1 registered elsewhere is still visible through the village
        Assert.False(scope.Allows(_stationB.Id));
        Assert.False(scope.Allows(_stationC.Id));
        Assert.Equal(2, scope.UnitIds.Length);
    }

    [Fact]
    public void A_district_manager_sees_every_station_below_the_centre_but_not_beside_it()
    {
        var scope = AccessScope.FromUnits([_centre], _all);
        Assert.True(scope.Allows(_stationA.Id));
        Assert.True(scope.Allows(_stationB.Id));
        Assert.False(scope.Allows(_stationC.Id));
    }

    [Fact]
    public void A_provincial_manager_sees_stations_at_any_depth()
    {
        var scope = AccessScope.FromUnits([_province], _all);
        Assert.True(scope.Allows(_stationA.Id));
        Assert.True(scope.Allows(_stationC.Id));
        Assert.False(scope.All);
    }

    [Fact]
    public void A_village_health_worker_sees_the_village_and_not_the_rest_of_the_station()
    {
        var scope = AccessScope.FromUnits([_villageA], _all);
        Assert.True(scope.Allows(_stationA.Id, _villageA.Id));
        Assert.False(scope.Allows(_stationA.Id, null));
    }

    [Fact]
    public void A_national_user_sees_everything_and_a_user_without_units_nothing()
    {
        Assert.True(AccessScope.FromUnits([_nation], _all).All);
        Assert.False(AccessScope.FromUnits([], _all).Allows(_stationA.Id));
    }

    [Fact]
    public void Passwords_verify_only_with_the_right_secret()
    {
        var hash = PasswordHasher.Hash("CoSo@2026", 1_000);
        Assert.True(PasswordHasher.Verify("CoSo@2026", hash));
        Assert.False(PasswordHasher.Verify("coso@2026", hash));
        Assert.NotEqual(hash, PasswordHasher.Hash("CoSo@2026", 1_000)); // salted
    }
}

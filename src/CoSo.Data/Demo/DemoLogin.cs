using CoSo.Core.Identity;

namespace CoSo.Data.Demo;

/// <summary>One demo account; <see cref="StationIndex"/> picks the station of a station clinician.</summary>
public sealed record DemoLogin(string UserName, string DisplayName, Role Role, string RoleVi, string RoleEn, int StationIndex);

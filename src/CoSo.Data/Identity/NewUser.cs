using CoSo.Core.Identity;

namespace CoSo.Data.Identity;

/// <summary>What an administrator supplies to create an account: the units are org-unit codes.</summary>
public sealed record NewUser(string UserName, string Password, Role Role, IReadOnlyList<string> UnitCodes, string? DisplayName = null);

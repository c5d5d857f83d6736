namespace CoSo.Core.Workforce;

/// <summary>Employment relation with the unit: permanent (cơ hữu), contract (hợp đồng) or seconded from another unit (biệt phái).</summary>
public enum EmploymentType
{
    Permanent = 1,
    Contract = 2,
    Seconded = 3,
}

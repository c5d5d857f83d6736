namespace CoSo.Core.Surveillance.Cases;

/// <summary>
/// Where a case's coordinates may lie: a box around Vietnam's mainland and near-shore islands (the southern tip at Cà Mau
/// and Côn Đảo ≈ 8.4° N, the northern border ≈ 23.4° N, the Lao border ≈ 102.1° E, the coast and Bạch Long Vĩ ≈ 109.5° E),
/// rounded out to latitude 8–24 and longitude 102–110. It catches swapped latitude and longitude, a missing decimal mark
/// and a position typed in another country. Not covered: the offshore archipelagos (Trường Sa ≈ 111–117° E, Hoàng Sa
/// ≈ 111–113° E), whose stations leave the coordinates empty.
/// </summary>
public static class CaseLocation
{
    public const double MinLatitude = 8;
    public const double MaxLatitude = 24;
    public const double MinLongitude = 102;
    public const double MaxLongitude = 110;
    public const int AddressMaxLength = 300;

    public static bool IsValidLatitude(double latitude) => latitude is >= MinLatitude and <= MaxLatitude;

    public static bool IsValidLongitude(double longitude) => longitude is >= MinLongitude and <= MaxLongitude;
}

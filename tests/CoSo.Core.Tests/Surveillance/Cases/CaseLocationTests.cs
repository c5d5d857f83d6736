using CoSo.Core.Surveillance.Cases;

namespace CoSo.Core.Tests.Surveillance.Cases;

public sealed class CaseLocationTests
{
    // Places whose coordinates are public: the box holds the country's extreme points and refuses a latitude and
    // longitude typed the wrong way round and places far away. It is a box, not the border: Vientiane and Phnom Penh
    // lie inside it; the offshore archipelagos lie outside (documented in CaseLocation).
    [Theory]
    [InlineData(21.0285, 105.8542, true)]   // Hoàn Kiếm, Hà Nội
    [InlineData(10.7626, 106.6602, true)]   // Hồ Chí Minh City
    [InlineData(8.6167, 104.7167, true)]    // Mũi Cà Mau, the southern tip
    [InlineData(23.3636, 105.3167, true)]   // Lũng Cú, the northern tip
    [InlineData(22.4000, 102.1444, true)]   // A Pa Chải, the western tip
    [InlineData(10.2899, 103.9840, true)]   // Phú Quốc
    [InlineData(20.1333, 107.7333, true)]   // Bạch Long Vĩ
    [InlineData(17.9757, 102.6331, true)]   // Vientiane: inside the box
    [InlineData(39.9042, 116.4074, false)]  // Beijing
    [InlineData(13.7563, 100.5018, false)]  // Bangkok
    [InlineData(105.8542, 21.0285, false)]  // Hà Nội with latitude and longitude swapped
    [InlineData(2.10285, 105.8542, false)]  // Hà Nội's latitude with the decimal mark one place off
    [InlineData(8.6500, 111.9167, false)]   // Trường Sa Lớn: outside (limitation)
    public void The_box_holds_Vietnams_mainland_and_near_shore_islands(double latitude, double longitude, bool inBox) =>
        Assert.Equal(inBox, CaseLocation.IsValidLatitude(latitude) && CaseLocation.IsValidLongitude(longitude));
}

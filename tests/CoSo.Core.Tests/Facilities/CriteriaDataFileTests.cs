using CoSo.Core.Facilities;

namespace CoSo.Core.Tests.Facilities;

/// <summary>
/// The criteria files shipped in data/facilities. QĐ 1300/QĐ-BYT (09/3/2023): 10 criteria, of which 1–8 carry 14, 10,
/// 12, 9, 19, 12, 6 and 11 points (a public summary of the decision); 9 and 10 share the remaining 7 of 100 and are
/// not verified. The QĐ 4667 example carries QĐ 4667's rule: total &gt; 80 %, each criterion &gt; 50 %, 3 years.
/// </summary>
public sealed class CriteriaDataFileTests
{
    private static CriteriaSetDefinition Load(string file) =>
        CriteriaJson.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "facilities", file)));

    [Fact]
    public void The_qd1300_structure_has_ten_criteria_with_the_published_points_of_1_to_8_in_order_and_100_in_all()
    {
        var set = Load("criteria-structure-qd1300.json");

        Assert.Equal(10, set.Criteria.Count);
        Assert.Equal([14m, 10m, 12m, 9m, 19m, 12m, 6m, 11m], set.Criteria.Take(8).Select(c => c.MaxPoints));
        Assert.Equal(7m, set.Criteria[8].MaxPoints + set.Criteria[9].MaxPoints);
        Assert.Equal(100m, set.MaxPoints);
        Assert.Equal(
            [
                "Chỉ đạo, điều hành công tác chăm sóc sức khỏe nhân dân", "Nhân lực y tế", "Cơ sở hạ tầng trạm y tế xã",
                "Trang thiết bị, thuốc và phương tiện khác", "Y tế dự phòng, phòng chống HIV/AIDS, vệ sinh môi trường và an toàn thực phẩm",
                "Khám bệnh, chữa bệnh, phục hồi chức năng và y học cổ truyền", "Chăm sóc sức khỏe bà mẹ – trẻ em", "Dân số – kế hoạch hóa gia đình",
            ],
            set.Criteria.Take(8).Select(c => c.Name));
    }

    [Fact]
    public void The_qd1300_structure_is_marked_unverified_so_that_T9_does_not_count_it()
    {
        var set = Load("criteria-structure-qd1300.json");

        Assert.True(set.IsExample);
        Assert.Equal((2023, 2030), (set.FromYear, set.ToYear));
        Assert.All(set.Criteria.Skip(8), c => Assert.Contains("chưa xác minh", c.Name, StringComparison.Ordinal));
        Assert.All(set.Criteria.SelectMany(c => c.Indicators), i => Assert.Contains("chưa xác minh", i.Name, StringComparison.Ordinal));
        Assert.Contains("chưa xác minh", set.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void The_qd4667_example_carries_the_qd4667_pass_rule_and_stays_an_example()
    {
        var set = Load("criteria-example-qd4667.json");

        Assert.True(set.IsExample);
        Assert.StartsWith("Ví dụ", set.Name, StringComparison.Ordinal);
        Assert.Equal(new PassRule(0, false, 80, true, 50, true, 3), set.Rule);
        Assert.Equal(100m, set.MaxPoints);
        Assert.Equal(["TC02.1", "TC06.2"], set.Criteria.SelectMany(c => c.Indicators).Where(i => i.Critical).Select(i => i.Code));
    }
}

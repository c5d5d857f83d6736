using CoSo.Data.Demo;

namespace CoSo.Web.Infrastructure;

/// <summary>What the console says once the server listens: where it is and how to sign in.</summary>
public static class StartBanner
{
    public static void Print(TextWriter output, IEnumerable<string> urls, bool demo, bool hasUsers)
    {
        output.WriteLine();
        output.WriteLine($"CoSo đang chạy tại / is running at: {string.Join(", ", urls)}");
        if (demo)
        {
            output.WriteLine($"Dữ liệu mẫu / demo data. Mật khẩu của mọi tài khoản / password of every account: {DemoOptions.DemoPassword}");
            foreach (var login in DemoLogins.All)
            {
                output.WriteLine($"  {login.UserName,-8} {login.RoleVi} / {login.RoleEn}");
            }
        }
        else if (!hasUsers)
        {
            output.WriteLine("Chưa có tài khoản nào / no account yet. Tạo tài khoản quản trị / create an administrator:");
            output.WriteLine("  dotnet run --project src/CoSo.Cli -- users add --user admin --password-stdin --role administrator --unit <mã đơn vị / unit code>   (mật khẩu ≥ 12 ký tự / password ≥ 12 characters)");
            output.WriteLine("Hoặc chạy dữ liệu mẫu / or start with demo data: dotnet run --project src/CoSo.Web -- --demo");
        }

        output.WriteLine();
    }
}

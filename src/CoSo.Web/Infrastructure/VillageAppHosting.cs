using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;

namespace CoSo.Web.Infrastructure;

/// <summary>
/// Serves the village health worker's offline app (src/CoSo.Village, built by CoSo.Web.csproj into village-app/) under
/// <c>/thon/</c>: files as they are, any other path under it the app's index.html (the app routes itself). The shell and
/// the service worker are revalidated on every load (<c>no-cache</c>) so a new version reaches the phones; Vite's
/// hashed assets are immutable. Docs: docs/village-app.md.
/// </summary>
public static class VillageAppHosting
{
    public const string Path = "/thon";

    public static string? Directory(IWebHostEnvironment env)
    {
        foreach (var root in new[] { env.ContentRootPath, AppContext.BaseDirectory })
        {
            var dir = System.IO.Path.Combine(root, "village-app");
            if (File.Exists(System.IO.Path.Combine(dir, "index.html")))
            {
                return dir;
            }
        }

        return null;
    }

    public static WebApplication UseVillageApp(this WebApplication app)
    {
        if (Directory(app.Environment) is not { } dir)
        {
            app.Logger.LogWarning("The village app is not built (no village-app/index.html): /thon/ answers 404. Build src/CoSo.Web (it runs npm ci and the app's build).");
            return app;
        }

        var files = new PhysicalFileProvider(dir);
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            RequestPath = Path,
            OnPrepareResponse = ctx =>
            {
                var name = ctx.File.Name;
                ctx.Context.Response.Headers[HeaderNames.CacheControl] = ctx.Context.Request.Path.StartsWithSegments(Path + "/assets", StringComparison.Ordinal)
                    ? "public, max-age=31536000, immutable"
                    : "no-cache";
                if (name is "sw.js")
                {
                    ctx.Context.Response.Headers["Service-Worker-Allowed"] = Path + "/";
                }
            },
        });
        // Not an endpoint: a matched endpoint would make the static-file middleware above step aside for every file.
        var index = System.IO.Path.Combine(dir, "index.html");
        app.Use(async (http, next) =>
        {
            if (!http.Request.Path.StartsWithSegments(Path, out var rest) || !(HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method)))
            {
                await next(http);
                return;
            }

            // "/thon" without its slash: the service worker's scope is /thon/, so the page must be under it.
            if (!rest.HasValue)
            {
                http.Response.Redirect(Path + "/");
                return;
            }

            // A file that is not there (an old hashed asset) is a 404, not the shell: a script tag must not get HTML.
            if (System.IO.Path.HasExtension(rest.Value))
            {
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            http.Response.Headers[HeaderNames.CacheControl] = "no-cache";
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.SendFileAsync(index);
        });
        return app;
    }
}

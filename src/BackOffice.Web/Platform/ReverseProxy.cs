using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace BackOffice.Web.Platform;

/// <summary>
/// Behind a reverse proxy that ends TLS: X-Forwarded-For and X-Forwarded-Proto are honoured only from the proxies in
/// <c>ForwardedHeaders:KnownProxies</c> (IP addresses) and <c>ForwardedHeaders:KnownNetworks</c> (CIDR, e.g.
/// 10.0.0.0/8); loopback is always trusted. Outside Development the portal then sees https and the real client address
/// (sign-in audit, rate limits), and sends HSTS.
/// </summary>
public static class ReverseProxy
{
    public static IServiceCollection AddReverseProxySupport(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in proxies) options.KnownProxies.Add(IPAddress.Parse(proxy));
            foreach (var network in networks) options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
        });
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        return services;
    }
}

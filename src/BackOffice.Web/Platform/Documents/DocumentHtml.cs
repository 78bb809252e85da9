using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace BackOffice.Web.Platform.Documents;

/// <summary>Renders a document component to an HTML string on the server (no circuit, no browser).</summary>
public sealed class DocumentHtml(IServiceProvider services, ILoggerFactory loggers)
{
    public async Task<string> RenderAsync(Type component, DocumentContext context, IReadOnlyDictionary<string, object?> parameters)
    {
        var all = new Dictionary<string, object?>(parameters) { ["Context"] = context };
        await using var renderer = new HtmlRenderer(services, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync(component, ParameterView.FromDictionary(all));
            return "<!DOCTYPE html>" + output.ToHtmlString();
        });
    }
}

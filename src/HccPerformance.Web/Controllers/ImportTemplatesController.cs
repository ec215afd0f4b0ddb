using HccPerformance.Core.Common;
using HccPerformance.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace HccPerformance.Web.Controllers;

/// <summary>The imports' templates (issue 17): for the Corporate Performance Team, who alone may import.</summary>
[Authorize(Roles = Roles.PerformanceTeam)]
[Route("imports/templates")]
public sealed class ImportTemplatesController : AppController
{
    [HttpGet("{name}.csv")]
    public IActionResult Csv(string name)
    {
        var template = Find(name);
        return TableFiles.Csv(TableExport.Csv([new Dictionary<string, object?>(template.Example)]), template.CsvFileName);
    }

    [HttpGet("{name}.xlsx")]
    public async Task<IActionResult> Excel(string name, CancellationToken ct)
    {
        var template = Find(name);
        return await TableFiles.ExcelAsync([new Dictionary<string, object?>(template.Example)], "Template", template.ExcelFileName, ct);
    }

    private static ImportTemplate Find(string name) =>
        ImportTemplates.All.GetValueOrDefault(name) ?? throw new NotFoundException("The template");
}

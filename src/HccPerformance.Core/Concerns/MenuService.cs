using HccPerformance.Core.Common;
using HccPerformance.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace HccPerformance.Core.Concerns;

/// <summary>
/// The Menu of Interventions (seed Appendix Two) as a page: everyone who sees concerns reads it; the Head of Improvement
/// adds items and retires them. Nothing is deleted: a retired item stays listed with its date and reason, because
/// interventions assigned from it still point at it.
/// </summary>
public sealed class MenuService(AppDbContext db, ICurrentUser user, TimeProvider clock)
{
    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public bool CanChange => user.IsInRole(Roles.HeadOfImprovement);

    /// <summary>The whole menu, retired items included, in number order.</summary>
    public Task<List<MenuItem>> ListAsync(CancellationToken ct = default) =>
        db.MenuOfInterventions.AsNoTracking().OrderBy(m => m.Number).ToListAsync(ct);

    /// <summary>Adds an item, numbered after the last one (retired ones count: numbers are never reused).</summary>
    public async Task<MenuItem> AddAsync(MenuItemInput input, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var name = input.Name?.Trim() ?? "";
        if (name.Length > 0 && await db.MenuOfInterventions.AnyAsync(m => m.Name == name && m.RetiredOn == null, ct))
        {
            throw new DomainException($"\u201c{name}\u201d is already on the menu: give the new intervention another name", nameof(MenuItemInput.Name));
        }

        // Numbers are unique: two items added at once may both take the next one, so the later save takes the one after.
        for (var attempt = 1; ; attempt++)
        {
            var last = await db.MenuOfInterventions.MaxAsync(m => (int?)m.Number, ct) ?? 0;
            var item = new MenuItem(last + 1, input.Name ?? "", input.Description ?? "", input.ReportBackMonths);
            db.MenuOfInterventions.Add(item);
            try
            {
                await db.SaveChangesAsync(ct);
                return item;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                db.Entry(item).State = EntityState.Detached;
                if (!await db.MenuOfInterventions.AnyAsync(m => m.Number == item.Number, ct))
                {
                    throw;
                }
            }
        }
    }

    /// <summary>Retires an item with the reason; from then on it cannot be assigned (AreaOfConcern.Assign refuses it).</summary>
    public async Task<MenuItem> RetireAsync(int id, RetireMenuItemInput input, CancellationToken ct = default)
    {
        RequireHeadOfImprovement();
        var item = await db.MenuOfInterventions.SingleOrDefaultAsync(m => m.Id == id, ct) ?? throw new NotFoundException("The menu item");
        db.ExpectVersion(item, input.Version);
        item.Retire(Today, input.Reason ?? "");
        await db.SaveOrConflictAsync(async () => new ConcurrencyConflictException(
            "Someone else changed the menu while you were looking at it. The menu below is as it is now: retire the item again if it still should go.",
            await db.MenuOfInterventions.Where(m => m.Id == id).Select(m => m.Version).SingleAsync(ct)), ct);

        return item;
    }

    private void RequireHeadOfImprovement()
    {
        if (!CanChange)
        {
            throw new ForbiddenException("Only the Head of Improvement changes the Menu of Interventions.");
        }
    }
}

#include "LibPq.h"

#include <dlfcn.h>
#include <mutex>

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

namespace {

// The soname Qt's QPSQL driver links (libpq's ABI has been 5 since PostgreSQL 8.2).
constexpr char kSoname[] = "libpq.so.5";

bool resolve(LibPq *pq)
{
    // RTLD_NOLOAD: only a libpq already loaded, the driver's.
    void *handle = dlopen(kSoname, RTLD_NOW | RTLD_NOLOAD);
    if (!handle)
        return false;
    bool all = true;
#define MC_LIBPQ_RESOLVE(name)                                                                     \
    pq->name = reinterpret_cast<decltype(pq->name)>(dlsym(handle, #name));                         \
    all = all && pq->name;
    MC_LIBPQ_FUNCTIONS(MC_LIBPQ_RESOLVE)
#undef MC_LIBPQ_RESOLVE
    // The handle stays open: the driver's copy outlives every caller anyway.
    return all;
}

} // namespace

const LibPq *LibPq::get()
{
    // Resolved once found; tried again while it is not loaded yet.
    static std::mutex mutex;
    static LibPq pq;
    static bool resolved = false;
    const std::lock_guard<std::mutex> lock(mutex);
    if (!resolved)
        resolved = resolve(&pq);
    return resolved ? &pq : nullptr;
}

PGconn *LibPq::connection(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid()
        || (qstrcmp(handle.typeName(), "PGconn*") != 0
            && qstrcmp(handle.typeName(), "pg_conn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(handle.constData());
}

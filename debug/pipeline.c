/* Lockstep with the slave behind the master, in a second thread: the
 * master records chunks (one sync interval each) into a ring of RING, and
 * the worker replays them on the slave and compares it with what the
 * master was at the end of each: its CPU state and the pages it wrote in
 * the chunk, copied out before it went on and folded into `mirror`, an
 * image of the master's RAM at the last compared sync. The slave depends
 * only on the journal and the master never on the slave, so the run and
 * any report are the same as in turn; only the master stands up to RING
 * chunks further when a divergence is reported. A full ring stops the
 * master until it is half empty, so the threads seldom wake each other.
 * The worker owns the slave, the mirror, the snapshots and the checkpoint
 * journal while the pipeline runs; the master thread owns the master and
 * the chunk it is recording. */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "ctl.h"

#define PG 4096u

struct chunk {
    dbg_journal *j;
    uint64_t end;
    struct cpu_state st;          /* the master at the end */
    int a20, checkpoint;
    uint32_t *pages;              /* pages the master wrote, and their bytes at the end */
    uint8_t *bytes;
    size_t npages, cap;
};

#define RING 8

struct pipe {
    dbg_ctl *d;
    pthread_mutex_t mu;
    pthread_cond_t cv;
    struct chunk c[RING];
    unsigned head, tail;          /* chunks recorded, chunks the worker is done with */
    int quit, master_waits, worker_waits;
    uint8_t *mirror, *touched;    /* the master's RAM at the last sync; pages to compare */
    size_t pages;
    int diverged, oom;            /* the worker's verdict */
    char why[200];
    struct diff df;
    uint64_t div_end;
};

static int grow(struct chunk *c)
{
    size_t cap = c->cap ? c->cap * 2 : 64;
    uint32_t *p = realloc(c->pages, cap * sizeof *p);
    if (p)
        c->pages = p;
    uint8_t *b = p ? realloc(c->bytes, cap * PG) : NULL;
    if (!b)
        return -1;
    c->bytes = b;
    c->cap = cap;
    return 0;
}

/* The master thread, at the end of a chunk: what the worker compares with. */
static int capture(struct pipe *p, struct chunk *c)
{
    dbg_sim *m = p->d->sim[0];
    size_t pages, n;
    uint8_t *dirty = m->cb->dirty_page_tbl(m->self, &pages);
    const uint8_t *ram = sim_ram(m, &n);
    c->npages = 0;
    for (size_t q = dirty_next(dirty, dirty, pages, 0); q < pages && q < p->pages;
         q = dirty_next(dirty, dirty, pages, q + 1)) {
        if (c->npages == c->cap && grow(c) < 0)
            return -1;
        c->pages[c->npages] = (uint32_t)q;
        memcpy(c->bytes + c->npages * PG, ram + q * PG, PG);
        c->npages++;
        dirty[q] = 0;
    }
    memset(&c->st, 0, sizeof c->st);
    m->cb->get_cpu(m->self, &c->st);
    c->a20 = m->cb->get_A20(m->self);
    return 0;
}

static void append(dbg_journal *dst, const dbg_journal *src)
{
    for (size_t i = 0; i < src->n; i++) {
        const struct jentry *e = &src->e[i];
        if (e->nbytes)
            journal_add_bytes(dst, e, src->bytes + e->data, e->nbytes);
        else
            journal_add(dst, e);
    }
    dst->oom |= src->oom;
}

/* The worker: the slave replays the chunk, then the comparison. */
static void process(struct pipe *p, struct chunk *c)
{
    dbg_ctl *d = p->d;
    dbg_sim *s = d->sim[1];
    uint64_t t0 = ctl_now_ns();
    ctl_set_role(s, DBG_SLAVE, c->j);
    struct dbg_guard g = {.guard_for = DBG_GUARD_ICOUNT, .icount = c->end,
                          .resume_icount = UINT64_MAX};
    s->cb->execute(s->self, &g, &d->found[1]);
    uint64_t t1 = ctl_now_ns();
    struct cpu_state st;
    memset(&st, 0, sizeof st);
    s->cb->get_cpu(s->self, &st);
    diff_state(&c->st, &st, &p->df);
    for (size_t i = 0; i < c->npages; i++) {
        memcpy(p->mirror + (size_t)c->pages[i] * PG, c->bytes + i * PG, PG);
        p->touched[c->pages[i]] = 1;
    }
    size_t pages;
    uint8_t *dirty = s->cb->dirty_page_tbl(s->self, &pages);
    if (pages > p->pages)
        pages = p->pages;
    for (size_t q = dirty_next(dirty, p->touched, pages, 0); q < pages;
         q = dirty_next(dirty, p->touched, pages, q + 1)) {
        diff_bytes(p->mirror + q * PG, s, q, DIFF_AD_TAKE, &p->df);
        d->changed[q] = 1;
        dirty[q] = p->touched[q] = 0;
    }
    d->ad_bits += p->df.ad_bits;
    d->syncs++;
    append(d->j, c->j);
    if (d->found[1].guard_found == DBG_GUARD_DIVERGE || !diff_empty(&p->df) || d->j->oom) {
        p->diverged = 1;
        p->div_end = c->end;
        snprintf(p->why, sizeof p->why, "%s",
                 d->found[1].guard_found == DBG_GUARD_DIVERGE ? d->found[1].text
                 : d->j->oom ? "the journal ran out of memory" : "state differs at the sync point");
        d->at_st[0] = c->st;
        d->at_st[1] = st;
    } else {
        d->last_sync = c->end;
        if (c->checkpoint) {
            struct snap *m = &d->snap[0];
            if (snap_take_image(m, p->mirror, p->pages, &c->st, c->a20, d->changed) < 0 ||
                snap_take(&d->snap[1], s, d->changed) < 0)
                p->oom = 1;
            m->have_map = dbg_twin86_get_map(s, &m->map) == 0;   /* the slave's is the master's */
            memset(d->changed, 0, d->changed_pages);
            for (size_t i = 0; i < d->j->n; i++)
                d->kinds[d->j->e[i].kind & 15]++;
            dbg_journal_clear(d->j);
        }
    }
    d->ns_slave += t1 - t0;
    d->ns_sync += ctl_now_ns() - t1;
}

static void *worker(void *arg)
{
    struct pipe *p = arg;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (p->tail == p->head && !p->quit) {
            p->worker_waits = 1;
            pthread_cond_wait(&p->cv, &p->mu);
            p->worker_waits = 0;
        }
        if (p->tail == p->head)
            break;
        struct chunk *c = &p->c[p->tail % RING];
        pthread_mutex_unlock(&p->mu);
        if (!p->diverged && !p->oom)
            process(p, c);
        pthread_mutex_lock(&p->mu);
        p->tail++;
        if (p->master_waits && (p->head - p->tail <= RING / 2 || p->diverged || p->oom))
            pthread_cond_broadcast(&p->cv);
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* The master hands over the chunk it recorded; with the ring full it waits
 * until it is half empty (all: until the worker is done). Returns 1 when the
 * worker found a divergence or ran out of memory. */
static int hand(struct pipe *p, int all)
{
    pthread_mutex_lock(&p->mu);
    p->head++;
    if (p->worker_waits)
        pthread_cond_broadcast(&p->cv);
    if (all || p->head - p->tail >= RING) {
        unsigned left = all ? 0 : RING / 2;
        p->master_waits = 1;
        while (p->head - p->tail > left && !p->diverged && !p->oom)
            pthread_cond_wait(&p->cv, &p->mu);
        p->master_waits = 0;
    }
    int bad = p->diverged || p->oom;
    pthread_mutex_unlock(&p->mu);
    return bad;
}

static void pipe_free(struct pipe *p)
{
    for (int i = 0; i < RING; i++) {
        dbg_journal_destroy(p->c[i].j);
        free(p->c[i].pages);
        free(p->c[i].bytes);
    }
    free(p->mirror);
    free(p->touched);
    free(p);
}

/* Asked for (TWIN86_COSIM_THREADS=1: it pays only where the two threads
 * really run at once), two CPUs, a twin86 copy as slave, many chunks. */
static int eligible(const dbg_ctl *d)
{
    const char *env = getenv("TWIN86_COSIM_THREADS");
    if (!env || strcmp(env, "1") || sysconf(_SC_NPROCESSORS_ONLN) < 2 || !d->sync ||
        !t86_is_copy(d->sim[1]) || !d->sim[0]->cb->ram)
        return 0;
    uint64_t now = cpu_icount(dbg_twin86_cpu(d->sim[0]));
    return !(d->guard.guard_for & DBG_GUARD_ICOUNT) || d->guard.icount - now > 16 * d->sync;
}

static struct pipe *pipe_new(dbg_ctl *d)
{
    struct pipe *p = calloc(1, sizeof *p);
    size_t bytes;
    if (!p)
        return NULL;
    p->d = d;
    const uint8_t *ram = sim_ram(d->sim[0], &bytes);
    p->pages = bytes / PG;
    int ok = (p->mirror = malloc(bytes)) && (p->touched = calloc(p->pages, 1));
    for (int i = 0; i < RING; i++)
        ok = ok && (p->c[i].j = dbg_journal_create());
    if (!ok) {
        pipe_free(p);
        return NULL;
    }
    memcpy(p->mirror, ram, bytes);   /* the master as the checkpoint left it */
    return p;
}

int ctl_lockstep_pipelined(dbg_ctl *d)
{
    if (!eligible(d) || ctl_checkpoint(d) < 0)
        return -1;
    struct pipe *p = pipe_new(d);
    pthread_t th;
    if (!p)
        return -1;
    if (pthread_mutex_init(&p->mu, NULL) != 0) {
        pipe_free(p);
        return -1;
    }
    pthread_cond_init(&p->cv, NULL);
    if (pthread_create(&th, NULL, worker, p) != 0) {
        pthread_cond_destroy(&p->cv);
        pthread_mutex_destroy(&p->mu);
        pipe_free(p);
        return -1;
    }
    dbg_sim *m = d->sim[0];
    uint64_t ckpt = d->snap[0].st.icount, entries = 0, bytes = 0;
    enum dbg_exec_result r = DBG_EXEC_GUARD;
    int failed = 0;
    for (;;) {
        struct chunk *c = &p->c[p->head % RING];   /* free: the ring is never full here */
        dbg_journal_clear(c->j);
        ctl_set_role(m, DBG_MASTER, c->j);
        struct dbg_guard g = d->guard;
        uint64_t now = cpu_icount(dbg_twin86_cpu(m)), t0 = ctl_now_ns();
        if (!(g.guard_for & DBG_GUARD_ICOUNT) || g.icount > now + d->sync) {
            g.guard_for |= DBG_GUARD_ICOUNT;
            g.icount = now + d->sync;
        }
        r = m->cb->execute(m->self, &g, &d->found[0]);
        c->end = d->found[0].icount;
        entries += c->j->n;
        bytes += c->j->nbytes;
        c->checkpoint = c->end - ckpt >= CKPT_TICKS || entries >= CKPT_ENTRIES || bytes >= CKPT_BYTES;
        if (c->checkpoint) {
            ckpt = c->end;
            entries = bytes = 0;
        }
        if ((failed = capture(p, c) < 0))
            break;
        d->guard.resume_icount = UINT64_MAX;
        int stop = r == DBG_EXEC_STOPPED || d->found[0].guard_found != DBG_GUARD_ICOUNT ||
                   ((d->guard.guard_for & DBG_GUARD_ICOUNT) && c->end >= d->guard.icount);
        uint64_t t1 = ctl_now_ns();
        int bad = hand(p, stop);
        d->ns_master += t1 - t0;
        d->ns_wait += ctl_now_ns() - t1;
        if (stop || bad)
            break;
    }
    pthread_mutex_lock(&p->mu);   /* the worker finishes (or skips) what it has */
    p->quit = 1;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    pthread_join(th, NULL);
    pthread_cond_destroy(&p->cv);
    pthread_mutex_destroy(&p->mu);
    ctl_set_role(m, DBG_MASTER, d->j);   /* the chunk journals go */
    ctl_set_role(d->sim[1], DBG_SLAVE, d->j);
    int diverged = p->diverged;
    if (diverged)
        cosim_find_first(d, p->div_end, p->why,
                         d->found[1].guard_found == DBG_GUARD_DIVERGE ? NULL : &p->df);
    else if (p->oom || failed)
        fprintf(d->out, "cosim: out of memory for snapshots\n");
    else
        ctl_report_found(d, 0, r);
    pipe_free(p);
    return diverged;
}

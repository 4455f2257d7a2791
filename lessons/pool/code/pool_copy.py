from multiprocessing import Pool
import os

def copy(name, src, dst):
    fp1 = open(os.path.join(src, name), 'rb')  # @step take
    fp2 = open(os.path.join(dst, name), 'wb')
    # fixed: the notes say os.path.size
    print(name, os.path.getsize(fp1.name))
    while 1:
        content = fp1.read(1024)  # @step copy
        if not content:  # the notes: `if xxx:`
            break
        fp2.write(content)
    fp1.close()
    fp2.close()  # @step verify
    return name  # @step done

if __name__ == '__main__':
    src, dst = 'src', 'dst'
    os.mkdir(dst)  # a new folder
    pool = Pool(5)  # 5 processes  # @step spawn
    for name in os.listdir(src):  # 100 files
        pool.apply_async(copy, (name, src, dst))
    pool.close()
    pool.join()  # @step wait
    print('copied')  # @step finish
